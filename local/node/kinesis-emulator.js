// Starts kinesalite on loopback only (its own CLI listens on every interface).
// usage: node kinesis-emulator.js PORT [LEVELDB_PATH]
'use strict'
const kinesalite = require('kinesalite')

const port = Number(process.argv[2])
const path = process.argv[3]
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: kinesis-emulator.js PORT [LEVELDB_PATH]')
  process.exit(2)
}
// kinesalite throws from a request's 'error' event (index.js: `req.on('error', function(err) { throw err })`), so a
// client that gives up in the middle of a request (a caller's 300 ms budget on a busy machine) would take the emulator,
// and the whole local stack with it, down. An aborted request is the client's business: note it and serve on.
process.on('uncaughtException', (err) => {
  if (err && (err.code === 'ECONNRESET' || err.message === 'aborted')) {
    console.error(`a client aborted its request (${err.code || err.message}); serving on`)
    return
  }
  console.error(err)
  process.exit(1)
})
const server = kinesalite({ path, createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0, shardLimit: 64 })
server.listen(port, '127.0.0.1', () => {
  console.log(`kinesalite listening on http://127.0.0.1:${port}${path ? ' with data in ' + path : ' in memory'}`)
})
const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
// The parent JVM holds our stdin: when it dies, even by SIGKILL, stdin ends, and so do we (no orphan keeping
// the port and the LevelDB lock from the next start).
process.stdin.on('end', stop)
process.stdin.resume()
