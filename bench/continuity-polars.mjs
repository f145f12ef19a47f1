// The same five continuity indices as `tandem analytics continuity --input`, written plainly with
// polars (lazy API), as a peer for the benchmark only. Usage: node bench/continuity-polars.mjs IN.csv OUT.csv
// Contacts with no worker are left out, as in Tandem; people with none are not listed (the
// benchmark's files have a worker on every contact).
import pl from 'nodejs-polars';

const [input, output] = process.argv.slice(2);
const contacts = pl
  .scanCSV(input)
  .filter(pl.col('worker_id').isNotNull())
  .withColumns(pl.col('contact_at').str.strptime(pl.Datetime('ms'), '%Y-%m-%dT%H:%M:%SZ').alias('at'));
const perWorker = contacts.groupBy(['person_id', 'worker_id']).agg(pl.len().alias('n'));
const counts = perWorker
  .groupBy('person_id')
  .agg(
    pl.col('n').sum().alias('contacts'),
    pl.len().alias('workers'),
    pl.col('n').max().alias('largest'),
    pl.col('n').mul(pl.col('n')).sum().alias('squares'),
  );
const sequence = contacts
  .sort(['person_id', 'at', 'worker_id'])
  .withColumns(
    pl
      .col('worker_id')
      .eq(pl.col('worker_id').shift(1))
      .and(pl.col('person_id').eq(pl.col('person_id').shift(1)))
      .fillNull(false)
      .cast(pl.Int64)
      .alias('same'),
  )
  .groupBy('person_id')
  .agg(pl.col('same').sum().alias('same'));
const n = pl.col('contacts').cast(pl.Float64);
const result = counts
  .join(sequence, { on: 'person_id' })
  .select(
    pl.col('person_id'),
    pl.col('contacts'),
    pl.col('workers'),
    pl.col('largest').div(n).alias('upc'),
    pl
      .when(n.gt(1))
      .then(
        pl
          .col('squares')
          .sub(n)
          .div(n.mul(n.sub(1))),
      )
      .otherwise(pl.lit(null))
      .alias('coc'),
    pl
      .when(n.gt(1))
      .then(pl.col('same').div(n.sub(1)))
      .otherwise(pl.lit(null))
      .alias('secon'),
    pl
      .lit(1)
      .sub(pl.col('workers').div(n.add(0.1)))
      .div(pl.lit(1).sub(pl.lit(1).div(n.add(0.1))))
      .alias('mmci'),
    pl.col('squares').div(n.mul(n)).alias('hhi'),
  )
  .sort('person_id')
  .collectSync();
result.writeCSV(output);
