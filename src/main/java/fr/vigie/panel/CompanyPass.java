package fr.vigie.panel;

import static org.apache.spark.sql.functions.col;

import fr.vigie.panel.family.CompanyAggregate;
import fr.vigie.panel.family.CompanyMonths;
import fr.vigie.panel.family.EstablishmentInputs;
import fr.vigie.panel.family.EstablishmentMonths;
import fr.vigie.panel.family.PanelSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The panels in one shuffle: every narrow record of a company ({@link PanelRecords}) goes to one task,
 * sorted by establishment, and each company's establishment-months and company-months are computed
 * there in plain Java ({@link fr.vigie.panel.family}) and go straight to the writer. No join or window
 * carries a wide row: the wide row is built once, after the last shuffle.
 *
 * <p>The shuffled records are an RDD kept by this object, so that the establishment panel and the
 * company panel, two writes, read the same shuffle output (Spark skips the map stage the second time)
 * rather than shuffling the sources twice.
 */
public final class CompanyPass {
  private final JavaRDD<Row> sorted;
  private final PanelSettings settings;
  private final PanelRows rows;

  private CompanyPass(JavaRDD<Row> sorted, PanelSettings settings, PanelRows rows) {
    this.sorted = sorted;
    this.settings = settings;
    this.rows = rows;
  }

  /** The records of every company, in {@code partitions} tasks by siren, each sorted by {@link PanelRecords#ORDER}. */
  public static CompanyPass of(Dataset<Row> records, int partitions, PanelSettings settings, PanelRows rows) {
    Column[] order = Arrays.stream(PanelRecords.ORDER).map(c -> col(c).asc_nulls_first()).toArray(Column[]::new);
    JavaRDD<Row> sorted = records.repartition(partitions, col("siren")).sortWithinPartitions(order).javaRDD();
    return new CompanyPass(sorted, settings, rows);
  }

  /** The establishment panel: every month of the calendar, or only {@code only} (a --period run). */
  public Dataset<Row> establishments(SparkSession spark, Integer only) {
    PanelSettings s = settings;
    PanelRows r = rows;
    FlatMapFunction<Iterator<Row>, Row> task = partition -> {
      RecordReader reader = new RecordReader(partition, s);
      return new Emitter(reader, company -> {
        List<Row> out = new ArrayList<>();
        CompanyMonths months = CompanyMonths.compute(company.inputs(), s);
        Map<String, Map<Integer, Integer>> effectifs = company.inputs().effectifs;
        while (company.establishments().hasNext()) {
          EstablishmentInputs e = company.establishments().next();
          Map<Integer, Integer> effectif = effectifs == null ? null : effectifs.getOrDefault(e.siret, Map.of());
          if (!e.inUniverse(effectifs != null && effectifs.containsKey(e.siret))) continue;
          out.addAll(r.establishmentRows(EstablishmentMonths.compute(e, effectif, months, s), only));
        }
        return out;
      });
    };
    return spark.createDataFrame(sorted.mapPartitions(task), rows.establishmentSchema());
  }

  /** The company panel, from the same shuffle. */
  public Dataset<Row> companies(SparkSession spark, Integer only) {
    PanelSettings s = settings;
    PanelRows r = rows;
    FlatMapFunction<Iterator<Row>, Row> task = partition -> {
      RecordReader reader = new RecordReader(partition, s);
      return new Emitter(reader, company -> {
        CompanyMonths months = CompanyMonths.compute(company.inputs(), s);
        CompanyAggregate aggregate = new CompanyAggregate(months, s.calendar().size(), s.panel().debtLags(),
            s.panel().headcountLags());
        Map<String, Map<Integer, Integer>> effectifs = company.inputs().effectifs;
        while (company.establishments().hasNext()) {
          EstablishmentInputs e = company.establishments().next();
          Map<Integer, Integer> effectif = effectifs == null ? null : effectifs.getOrDefault(e.siret, Map.of());
          if (!e.inUniverse(effectifs != null && effectifs.containsKey(e.siret))) continue;
          aggregate.add(EstablishmentMonths.compute(e, effectif, months, s));
        }
        return aggregate.establishments == 0 ? List.of() : r.companyRows(aggregate, only);
      });
    };
    return spark.createDataFrame(sorted.mapPartitions(task), rows.companySchema());
  }

  /** Rows of one company after another, computed lazily so a task holds one company's rows at a time. */
  private static final class Emitter implements Iterator<Row> {
    interface PerCompany {
      List<Row> rows(RecordReader.Company company);
    }

    private final RecordReader reader;
    private final PerCompany perCompany;
    private Iterator<Row> current = Collections.emptyIterator();

    Emitter(RecordReader reader, PerCompany perCompany) {
      this.reader = reader;
      this.perCompany = perCompany;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && reader.hasCompany()) current = perCompany.rows(reader.nextCompany()).iterator();
      return current.hasNext();
    }

    @Override
    public Row next() {
      if (!hasNext()) throw new java.util.NoSuchElementException();
      return current.next();
    }
  }
}
