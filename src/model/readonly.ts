/** Deep readonly views of the types zod infers. */

/** `T` with every property, array and tuple readonly, all the way down (the model's records are never mutated). */
export type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
