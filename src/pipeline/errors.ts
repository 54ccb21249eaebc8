/** An input the tool cannot work on; the message names the problem (the engine adds the file). */
export class InputError extends Error {
  override name = 'InputError';
}
