import { connect } from "node:net";

/** Whether something accepts TCP connections on 127.0.0.1:`port` (a test server is up, or a port is taken). */
export function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
