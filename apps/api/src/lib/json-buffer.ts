/**
 * A route's response serializer that writes its answer with V8's own JSON.stringify into a Buffer, for the
 * large pages a hot route sends (the file search's fifty rows, 24 KB). Fastify's schema serializer
 * (fast-json-stringify) builds the text by concatenation, which Node then flattens to measure and copies again
 * to write: about 180 KB of garbage a page against 110 KB here (bench:alloc), and garbage is what puts
 * a young-generation collection into a request (docs/benchmarks.md).
 *
 * It checks nothing: a route may use it only where the answer is built field by field by a mapper, so it
 * holds exactly the schema's properties (the schema still documents the route in OpenAPI). A contract test
 * checks each such route's answers against its schema, extra properties included.
 */
export function jsonBufferSerializer(): (data: unknown) => string {
  const encoder = new TextEncoder();
  return (data) => {
    const json = JSON.stringify(data);
    // UTF-8 takes at most three bytes for each UTF-16 unit; encodeInto measures nothing beforehand and was
    // the fastest way from a page with Chinese names to bytes (about 30 µs a page less than byteLength + write).
    const bytes = Buffer.allocUnsafeSlow(json.length * 3);
    const { written } = encoder.encodeInto(json, bytes);
    // Fastify sends a Buffer as it is, with its length as Content-Length.
    return bytes.subarray(0, written) as unknown as string;
  };
}
