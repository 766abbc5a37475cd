// The request body limit: a body over the limit is refused with 413 before a byte of it is parsed.
import type { Plugin } from 'graphql-yoga';
import { bodyTooLargeError } from './limits.js';

/** Reads at most `limit` bytes of the body, refusing as soon as it would exceed them. */
async function readWithin(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw bodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Refuses bodies larger than `limit` bytes with HTTP 413 and `REQUEST_LIMIT.BODY_SIZE`: at once when
 * `Content-Length` says so, otherwise (a chunked body) while reading, before yoga's parser sees it.
 * A 1 MiB query padded with a comment therefore never reaches the GraphQL parser. Wraps whichever
 * request parser yoga chose, so JSON, form and multipart bodies are all covered; a GET carries its
 * query in the URL, which Node's HTTP server caps at 16 KB.
 */
export function bodyLimitPlugin(limit: number): Plugin {
  return {
    onRequestParse: ({ request, requestParser, setRequestParser, fetchAPI }) => {
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) > limit) throw bodyTooLargeError(limit);
      if (requestParser === undefined || request.body === null) return;
      const parse = requestParser;
      setRequestParser(async (original) => {
        if (original.body === null) return parse(original);
        const bytes = await readWithin(original.body, limit);
        return parse(
          new fetchAPI.Request(original.url, {
            method: original.method,
            headers: original.headers,
            body: bytes,
          }),
        );
      });
    },
  };
}
