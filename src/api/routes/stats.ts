/** Aggregates for the dashboard: timeline, dyads, places (cached by the response cache until the store changes). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createRequire } from 'node:module';
import type { StoreViews } from '../../store/views.js';
import { toQuery, withTextCheck } from '../filters.js';
import { ApiError, Dyads, DyadsQuery, Places, PlacesQuery, Timeline, TimelineQuery } from '../schemas.js';

interface CountryFacts { cca3: string; ccn3: string; latlng: number[]; name: { common: string } }

/** ISO alpha-3 → numeric code (the ids of the world-atlas topology), name and centre. */
function countryTable(): Map<string, { numeric: string | null; name: string; lat: number | null; lon: number | null }> {
  const list = createRequire(import.meta.url)('world-countries') as CountryFacts[];
  return new Map(list.map((c) => [c.cca3, { numeric: c.ccn3 || null, name: c.name.common, lat: c.latlng[0] ?? null, lon: c.latlng[1] ?? null }]));
}

/** Routes of the aggregate views. */
export const statsRoutes: FastifyPluginAsyncZod<{ views: StoreViews }> = async (app, { views }) => {
  let countries: ReturnType<typeof countryTable> | null = null;

  app.get('/api/stats/timeline', {
    schema: { summary: 'Event counts and mean Goldstein per day, week or month, split by QuadClass', tags: ['stats'], querystring: TimelineQuery, response: { 200: Timeline, 400: ApiError } },
  }, async (req) => {
    const { interval, ...filters } = req.query;
    return { interval, rows: withTextCheck(() => views.timeline(toQuery(filters), interval)) };
  });

  app.get('/api/stats/dyads', {
    schema: { summary: 'Actor pairs with counts, mean Goldstein and cooperation/conflict shares', tags: ['stats'], querystring: DyadsQuery, response: { 200: Dyads, 400: ApiError } },
  }, async (req) => {
    const { limit, ...filters } = req.query;
    return { dyads: withTextCheck(() => views.dyads(toQuery(filters), limit)) };
  });

  app.get('/api/stats/places', {
    schema: { summary: 'Event counts per place and per country, with coordinates and ISO numeric codes', tags: ['stats'], querystring: PlacesQuery, response: { 200: Places, 400: ApiError } },
  }, async (req) => {
    const { limit, ...filters } = req.query;
    countries ??= countryTable();
    const table = countries;
    const s = withTextCheck(() => views.places(toQuery(filters), limit));
    return {
      places: [...s.places],
      countries: s.countries.map((c) => {
        const facts = table.get(c.country);
        return { ...c, numeric: facts?.numeric ?? null, name: facts?.name ?? null, lat: facts?.lat ?? null, lon: facts?.lon ?? null };
      }),
    };
  });
};
