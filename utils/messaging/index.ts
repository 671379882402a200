/**
 * Sending and answering protocol requests through `runtime.sendMessage`.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  parseRequest,
  type RequestEnvelope,
  type RequestOf,
  type RequestType,
  type ResponseEnvelope,
  type ResponseMap,
  type SenderInfo,
} from './protocol';

export * from './protocol';

/** Thrown by {@link sendRequest} when the background refuses or does not answer. */
export class MessagingError extends Error {
  override name = 'MessagingError';
}

/** Sends one request to the background and returns its answer. */
export async function sendRequest<K extends RequestType>(
  type: K,
  data: RequestOf<K>,
): Promise<ResponseMap[K]> {
  const envelope: RequestEnvelope<K> = { hashlens: 1, type, data };
  let response: ResponseEnvelope<K> | undefined;
  try {
    response = (await browser.runtime.sendMessage(envelope)) as ResponseEnvelope<K> | undefined;
  } catch (cause) {
    throw new MessagingError(`HashLens's background could not be reached: ${String(cause)}`);
  }
  if (!response) throw new MessagingError('HashLens background did not answer.');
  if (!response.ok) throw new MessagingError(`HashLens background refused: ${response.refused}`);
  return response.result;
}

/** One handler per request type. */
export type RequestHandlers = {
  [K in RequestType]: (data: RequestOf<K>, sender: SenderInfo) => Promise<ResponseMap[K]>;
};

/**
 * Registers the background's handlers. Call synchronously at background start so that a
 * message that woke the service worker is not missed.
 */
export function registerRequestHandlers(handlers: RequestHandlers): void {
  browser.runtime.onMessage.addListener(
    (raw: unknown, sender: Browser.runtime.MessageSender): Promise<ResponseEnvelope> => {
      const parsed = parseRequest(raw, sender, {
        id: browser.runtime.id,
        pagesOrigin: browser.runtime.getURL('/'),
      });
      if (!parsed.ok) return Promise.resolve({ ok: false, refused: parsed.refused });
      const handler = handlers[parsed.type] as (
        data: unknown,
        sender: SenderInfo,
      ) => Promise<ResponseMap[RequestType]>;
      return handler(parsed.data, sender).then(
        (result) => ({ ok: true, result }),
        (error: unknown) => ({ ok: false, refused: `handler failed: ${String(error)}` }),
      );
    },
  );
}
