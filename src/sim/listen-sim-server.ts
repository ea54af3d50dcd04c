import type { Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A listening simulator server: its port, its open sockets, and a close that does not wait for them. */
export interface ListeningSimServer {
  port: number;
  /** Open client connections (a simulator can drop them to act "down"). */
  sockets: Set<Socket>;
  /** Destroys every open connection, so keep-alive clients cannot hold the close up, then closes. */
  close(): Promise<void>;
}

/** Listen on `port` (default any free one) and `host` (default 127.0.0.1), tracking connections. */
export async function listenSimServer(
  server: Server,
  options: { port?: number | undefined; host?: string | undefined },
): Promise<ListeningSimServer> {
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    sockets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
