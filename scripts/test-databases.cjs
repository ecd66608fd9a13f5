// Prints the connection strings of the local test databases, one
// `NAME=value` line each, for those that answer on 127.0.0.1. For MariaDB it
// first creates a test user: TestDatabases needs a user with a password,
// and root on these machines has none.
const net = require('net');

const MYSQL_USER = 'backstage_test';

function portOpen(port) {
  return new Promise(resolve => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    const answer = open => {
      socket.destroy();
      resolve(open);
    };
    socket.once('connect', () => answer(true));
    socket.once('timeout', () => answer(false));
    socket.once('error', () => answer(false));
  });
}

async function mysqlConnectionString() {
  const mysql = require('mysql2/promise');
  const root = await mysql.createConnection({
    host: '127.0.0.1',
    port: 3306,
    user: process.env.MYSQL_ROOT_USER ?? 'root',
    password: process.env.MYSQL_ROOT_PASSWORD ?? '',
  });
  try {
    await root.query(
      `CREATE USER IF NOT EXISTS '${MYSQL_USER}'@'%' IDENTIFIED BY '${MYSQL_USER}'`,
    );
    await root.query(`GRANT ALL PRIVILEGES ON *.* TO '${MYSQL_USER}'@'%'`);
  } finally {
    await root.end();
  }
  return `mysql://${MYSQL_USER}:${MYSQL_USER}@127.0.0.1:3306/mysql`;
}

async function main() {
  if (await portOpen(5432)) {
    console.log(
      'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://postgres@127.0.0.1:5432',
    );
  }
  if (await portOpen(3306)) {
    try {
      console.log(
        `BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING=${await mysqlConnectionString()}`,
      );
    } catch (error) {
      console.error(`MariaDB/MySQL answers on 3306 but: ${error.message}`);
    }
  }
}

main();
