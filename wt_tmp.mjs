import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const nlp = winkNLP(model);
const its = nlp.its;
const words = process.argv.slice(2);
for (const w of words) {
  const doc = nlp.readDoc("They " + w + " it.");
  const t = doc.tokens().itemAt(1);
  const l = t.out(its.lemma);
  if (l !== w) console.log(w, '->', l, t.out(its.pos));
}
