package fr.vigie.sample;

import fr.vigie.config.SampleConfig;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark task: the ground truth of one partition's companies, one row per (siren, month) from the
 * company's creation: {@code probabilite}, the exact probability under the generating model that a
 * first procedure opens in the next {@link RiskModel#HORIZON} months given the month's latent state
 * ({@link Truth}); null from the opening month on; and {@code probabilite_observable}, the same given
 * only what the files show by the end of the month ({@link ObservableCeiling}), null before the
 * company's first month and from the opening month on. The companies are regenerated from their
 * seeds: the same as the ones whose files were written.
 */
final class TruthRows implements FlatMapFunction<Integer, Row> {
  private static final long serialVersionUID = 1L;
  static final String OBSERVABLE = "probabilite_observable";
  static final StructType SCHEMA = new StructType()
      .add("siren", DataTypes.StringType, false)
      .add("periode", DataTypes.DateType, false)
      .add("probabilite", DataTypes.DoubleType, true)
      .add("etat", DataTypes.StringType, false)
      .add("ouverture", DataTypes.DateType, true)
      .add("nature", DataTypes.StringType, true)
      .add("region", DataTypes.StringType, false)
      .add("effectif", DataTypes.IntegerType, true)
      .add("risque", DataTypes.DoubleType, false)
      .add(TruthRows.OBSERVABLE, DataTypes.DoubleType, true);

  private final SampleConfig conf;
  private final Publication publication;
  private final Population.Plan plan;
  private final int partitions;

  TruthRows(SampleConfig conf, Publication publication, Population.Plan plan, int partitions) {
    this.conf = conf;
    this.publication = publication;
    this.plan = plan;
    this.partitions = partitions;
  }

  @Override
  public Iterator<Row> call(Integer part) {
    Population population = new Population(conf.seed(), conf.start(), conf.months());
    ObservableCeiling ceiling = new ObservableCeiling(conf, publication);
    int from = WritePartition.first(plan, partitions, part);
    int to = WritePartition.first(plan, partitions, part + 1);
    // one company's rows at a time: memory stays bounded whatever the partition's size
    return new Iterator<>() {
      private int next = from;
      private Iterator<Row> current = List.<Row>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next < to) {
          current = rows(population.company(next, WritePartition.cap(plan, next)), ceiling).iterator();
          next++;
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        hasNext();
        return current.next();
      }
    };
  }

  List<Row> rows(Company c, ObservableCeiling ceiling) {
    int months = conf.months();
    Double[] observable = ceiling.probabilities(c);
    Chain chain = RiskModel.chain(conf.start(), months, c.risk);
    Date opening = null;
    for (Company.Event e : c.events) {
      if (e.stage().equals("ouverture")) {
        opening = Date.valueOf(conf.start().plusMonths(e.month()).atDay(e.day()));
        break;
      }
    }
    List<Row> rows = new ArrayList<>(months);
    for (int u = 0; u < months; u++) {
      byte s = c.state[u];
      if (s < 0) continue;
      Double p = s <= 2 ? Truth.openingWithin(chain, u, RiskModel.HORIZON)[s] : null;
      int h = c.headcount(u);
      rows.add(RowFactory.create(c.siren, Date.valueOf(conf.start().plusMonths(u).atDay(1)), p, Company.stateName(s),
          opening, c.nature, c.region(), h < 0 ? null : h, c.risk, observable[u]));
    }
    return rows;
  }
}
