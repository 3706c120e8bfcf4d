import type { FastifyInstance } from 'fastify';
import type { NoticesService } from '../modules/notices/notices.service';

/** Closes notice batches whose window has ended with every objection ruled, every `seconds`. */
export function installNoticeSweep(app: FastifyInstance, notices: NoticesService, seconds: number): void {
  if (seconds <= 0) return;
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      notices
        .closeExpired()
        .then((n) => n && app.log.info({ closed: n }, 'notice batches closed after their window'))
        .catch((err: unknown) => app.log.error({ err }, 'notice sweep failed'));
    }, seconds * 1000);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
