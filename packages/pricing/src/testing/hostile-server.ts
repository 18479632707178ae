import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * How the loopback fake answers one path. `json`: a normal answer; `hang`: accept and never answer;
 * `stall`: headers and the first `bytes` of `body`, then silence; `drip`: one byte every `everyMs`
 * forever (never idle long enough for a read timeout, so only the overall deadline ends it);
 * `endless`: an unbounded body as fast as the socket takes it; `truncate`: declare the full length,
 * send `bytes` of it, close; `api`: a GetProducts handler called with the request's NextToken.
 */
export type Behaviour =
  | { json: unknown; headers?: Record<string, string> }
  | { hang: true }
  | { stall: string; bytes: number }
  | { drip: true; everyMs: number }
  | { endless: true }
  | { truncate: string; bytes: number }
  | { api: (nextToken: string | undefined) => unknown };

export type HostileServer = { baseUrl: string; hits: Map<string, number>; close: () => Promise<void> };

const FILLER = Buffer.alloc(64 * 1024, 0x20);

function answer(behaviour: Behaviour, request: IncomingMessage, response: ServerResponse, timers: Set<NodeJS.Timeout>): void {
  if ("hang" in behaviour) return;
  if ("json" in behaviour) {
    response.writeHead(200, { "content-type": "application/json", ...behaviour.headers });
    response.end(JSON.stringify(behaviour.json));
  } else if ("stall" in behaviour) {
    response.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(behaviour.stall)) });
    response.write(behaviour.stall.slice(0, behaviour.bytes));
  } else if ("truncate" in behaviour) {
    response.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(behaviour.truncate)) });
    response.write(behaviour.truncate.slice(0, behaviour.bytes), () => response.socket?.destroy());
  } else if ("drip" in behaviour) {
    response.writeHead(200, { "content-type": "application/json" });
    response.write("{");
    const timer = setInterval(() => response.write(" "), behaviour.everyMs);
    timers.add(timer);
    response.on("close", () => clearInterval(timer));
  } else if ("endless" in behaviour) {
    response.writeHead(200, { "content-type": "application/json" });
    response.write('{"products":{"x":"');
    const pump = () => {
      while (!response.destroyed && response.write(FILLER));
    };
    response.on("drain", pump);
    pump();
  } else {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk.toString()));
    request.on("end", () => {
      const body = JSON.parse(text || "{}") as { NextToken?: string };
      response.writeHead(200, { "content-type": "application/x-amz-json-1.1" });
      response.end(JSON.stringify(behaviour.api(body.NextToken)));
    });
  }
}

/**
 * A misbehaving price host on 127.0.0.1 (an ephemeral port) for the refresh fault suite. Paths not
 * in `routes` get 404. `close()` also destroys every open socket, so hung requests cannot keep the
 * test process alive.
 */
export async function startHostileServer(routes: Record<string, Behaviour>): Promise<HostileServer> {
  const hits = new Map<string, number>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] as string;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const behaviour = routes[path];
    if (!behaviour) {
      response.writeHead(404).end("not found");
      return;
    }
    answer(behaviour, request, response, timers);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        for (const timer of timers) clearInterval(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
