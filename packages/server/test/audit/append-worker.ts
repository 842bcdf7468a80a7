// A separate process appending to the audit log: `node --import tsx append-worker.ts URL COUNT NAME`.
import { recordEvent } from '../../src/commands/record-event.js';
import { connect } from '../../src/db/connect.js';

const [url, count, name] = process.argv.slice(2);
if (!url || !count || !name) throw new Error('usage: append-worker URL COUNT NAME');
const { db } = connect(url);
try {
  await Promise.all(
    Array.from({ length: Number(count) }, (_, i) =>
      db.transaction().execute((trx) =>
        recordEvent(trx, {
          action: 'draft-save',
          actorId: name,
          targetType: 'draft',
          targetId: `${name}-${i}`,
          after: { i },
        }),
      ),
    ),
  );
} finally {
  await db.destroy();
}
