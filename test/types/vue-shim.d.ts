// Stand-in for the two types of `vue` that dist/types/vue.d.ts uses (Vue is not installed here).
// Like Vue's own, a component type is a constructor whose instances carry `$props`.
export type DefineComponent<Props = object> = new () => { $props: Props };
// Augmented by dist/types/vue.d.ts.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GlobalComponents {}
