import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../shared/api/contract';
import type { CoreContext } from '../context';

export type Handler<M extends ApiMethod> = (
  input: ApiParsedInput<M>,
  ctx: CoreContext,
) => ApiOutput<M> | Promise<ApiOutput<M>>;

/** A domain's handlers: exactly the methods of its part of the contract. */
export type HandlerMap<K extends ApiMethod> = { [M in K]: Handler<M> };
