// Runs one state machine definition (Amazon States Language, JSONPath) with aws-local-stepfunctions, for as
// many executions as the Java side starts, and hands every Task state to the Java side: the Lambda tasks go
// to the in-process handlers and the DynamoDB integrations to DynamoDB Local. Messages are JSON lines:
//
//   stdin  {"type":"definition","definition":{...}}              first line: the substituted definition
//   stdout {"type":"ready","tasks":["DeepScore",...]}            then executions may start
//   stdin  {"type":"start","id":7,"input":[...]}
//   stdout {"type":"task","id":31,"state":"DeepScore","resource":"arn:...","input":{...}}
//   stdin  {"type":"taskResult","id":31,"output":{...}}  or  {..."error":"DynamoDB.X","cause":"..."}
//   stdout {"type":"done","id":7,"output":{...}}          or  {..."error":"States.Runtime","cause":"..."}
//
// stderr carries diagnostics only. The process ends when stdin closes.
import { createInterface } from 'node:readline'
import { JSONPath } from 'jsonpath-plus'
import { StateMachine } from 'aws-local-stepfunctions'

// AWS evaluates paths with Jayway JsonPath: an indefinite path (filter, wildcard, deep scan, union, slice)
// yields an array of its matches, empty when nothing matches. jsonpath-plus (unwrapped, as the engine calls
// it) yields undefined for no match, which the engine reports as a missing path. Restore AWS's answer.
const INDEFINITE = /\[\?|\*|\.\.|\[[^\]]*[,:][^\]]*\]/
const evaluate = JSONPath.prototype.evaluate
JSONPath.prototype.evaluate = function (expr, ...rest) {
  const result = evaluate.call(this, expr, ...rest)
  const path = typeof expr === 'object' && expr !== null ? expr.path : expr ?? this.path
  return result === undefined && typeof path === 'string' && INDEFINITE.test(path) ? [] : result
}

// Messages are written once per turn of the event loop, all that turn's lines in one write: standard output
// is a pipe, which Node writes synchronously, and a write per message (four or more per record) made the
// runner spend most of its busy time in write calls while the Java side woke up for every line.
let outgoing = []
const flush = () => {
  if (outgoing.length === 0) return
  const lines = outgoing.join('')
  outgoing = []
  process.stdout.write(lines)
}
const send = (message) => {
  if (outgoing.length === 0) setImmediate(flush)
  outgoing.push(JSON.stringify(message) + '\n')
}

// jsonpath-plus returns a scalar by throwing an Error (NewError) out of its own constructor and catching it,
// which the engine does for every path of every state: capturing that error's stack trace was the runner's
// largest single cost after writing. Nothing here reports a stack (errors travel as name and message), so
// capture none.
Error.stackTraceLimit = 0

class TaskError extends Error {
  constructor(name, cause) {
    super(cause)
    this.name = name
  }
}

const pendingTasks = new Map()
let nextTaskId = 1
let machine = null
let localHandlers = {}

function taskStates(states, found = []) {
  for (const [name, state] of Object.entries(states ?? {})) {
    if (state.Type === 'Task') found.push([name, state.Resource])
    if (state.Type === 'Map') taskStates((state.ItemProcessor ?? state.Iterator)?.States, found)
    if (state.Type === 'Parallel') for (const branch of state.Branches ?? []) taskStates(branch.States, found)
  }
  return found
}

function load(definition) {
  const tasks = taskStates(definition.States)
  const names = new Set()
  for (const [name] of tasks) {
    if (names.has(name)) throw new Error(`two Task states are named ${name}; the local runner needs unique names`)
    names.add(name)
  }
  localHandlers = Object.fromEntries(
    tasks.map(([name, resource]) => [
      name,
      (input) =>
        new Promise((resolve, reject) => {
          const id = nextTaskId++
          pendingTasks.set(id, { resolve, reject })
          send({ type: 'task', id, state: name, resource, input })
        }),
    ]),
  )
  machine = new StateMachine(definition, { validationOptions: { checkArn: false } })
  send({ type: 'ready', tasks: [...names] })
}

async function start(id, input) {
  try {
    const execution = machine.run(input, { overrides: { taskResourceLocalHandlers: localHandlers } })
    send({ type: 'done', id, output: await execution.result })
  } catch (error) {
    const cause = error.cause ?? error
    send({ type: 'done', id, error: cause.name ?? 'Error', cause: cause.message ?? String(cause) })
  }
}

function settle(message) {
  const task = pendingTasks.get(message.id)
  if (!task) throw new Error(`no task ${message.id} is waiting`)
  pendingTasks.delete(message.id)
  if (message.error) task.reject(new TaskError(message.error, message.cause ?? ''))
  else task.resolve(message.output ?? null)
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
lines.on('line', (line) => {
  if (!line.trim()) return
  let message
  try {
    message = JSON.parse(line)
    switch (message.type) {
      case 'definition':
        load(message.definition)
        break
      case 'start':
        start(message.id, message.input)
        break
      case 'taskResult':
        settle(message)
        break
      default:
        throw new Error(`unknown message type ${message.type}`)
    }
  } catch (error) {
    send({ type: 'fault', message: `${error.name}: ${error.message}` })
  }
})
lines.on('close', () => {
  flush()
  process.exit(0)
})
