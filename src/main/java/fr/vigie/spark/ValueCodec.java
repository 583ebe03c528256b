package fr.vigie.spark;

import fr.vigie.codec.AamjDate;
import fr.vigie.codec.ApMotif;
import fr.vigie.codec.Centimes;
import fr.vigie.codec.Compte;
import fr.vigie.codec.DecimalNumber;
import fr.vigie.codec.Decoded;
import fr.vigie.codec.Departement;
import fr.vigie.codec.Euros;
import fr.vigie.codec.FlexibleDate;
import fr.vigie.codec.Headcount;
import fr.vigie.codec.IsoDate;
import fr.vigie.codec.PlainDate;
import fr.vigie.codec.Siren;
import fr.vigie.codec.Siret;
import fr.vigie.codec.SlashDate;
import fr.vigie.codec.TextMonthDate;
import fr.vigie.codec.WholeNumber;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The codecs that give one value: {@code struct(value <type>, reason string)}. Money travels as the exact
 * decimal of {@link Money} (whole centimes); dates as dates; a rejected cell gives a null value and its
 * reason code.
 */
public enum ValueCodec implements Codec {
  /** (A)AAMMJJ, {@link AamjDate}. */
  AAMJ_DATE(DataTypes.DateType, AamjDate::decode),
  /** yyyyMMdd, {@link PlainDate}. */
  PLAIN_DATE(DataTypes.DateType, PlainDate::decode),
  /** 26MAY2014, {@link TextMonthDate}. */
  TEXT_MONTH_DATE(DataTypes.DateType, TextMonthDate::decode),
  /** dd/MM/yyyy, {@link SlashDate}. */
  SLASH_DATE(DataTypes.DateType, SlashDate::decode),
  /** yyyy-MM-dd, {@link IsoDate}. */
  ISO_DATE(DataTypes.DateType, IsoDate::decode),
  /** ISO or dd/MM/yyyy, {@link FlexibleDate}. */
  FLEXIBLE_DATE(DataTypes.DateType, FlexibleDate::decode),
  /** A decimal, comma or point, {@link DecimalNumber}. */
  DECIMAL_NUMBER(DataTypes.DoubleType, DecimalNumber::decode),
  /** A whole number ("559.0" included), {@link WholeNumber}. */
  WHOLE_NUMBER(DataTypes.LongType, WholeNumber::decode),
  /** Whole centimes, as exact euros, {@link Centimes}. */
  CENTIMES(Money.TYPE, Centimes::decode, ValueCodec::money),
  /** Euros with at most two decimals, exact, {@link Euros}. */
  EUROS(Money.TYPE, Euros::decode, ValueCodec::money),
  /** A headcount (0 is a real zero), {@link Headcount}. */
  HEADCOUNT(DataTypes.IntegerType, Headcount::decode),
  /** {@link Siren}, left-padded to 9 digits. */
  SIREN(DataTypes.StringType, Siren::decode),
  /** {@link Siret}, left-padded to 14 digits; a provisional one is a reason. */
  SIRET(DataTypes.StringType, Siret::decode),
  /** {@link Compte}, left-padded to 18 digits. */
  COMPTE(DataTypes.StringType, Compte::decode),
  /** The département of a commune code, {@link Departement#fromCommune}. */
  DEPARTEMENT(DataTypes.StringType, Departement::fromCommune),
  /** The activité partielle reason code, {@link ApMotif}. */
  AP_MOTIF(DataTypes.IntegerType, ApMotif::decode);

  private final StructType type;
  private final Function<String, Decoded<?>> decode;
  private final UnaryOperator<Object> toSpark;

  ValueCodec(DataType value, Function<String, Decoded<?>> decode) {
    this(value, decode, v -> v);
  }

  ValueCodec(DataType value, Function<String, Decoded<?>> decode, UnaryOperator<Object> toSpark) {
    this.type = new StructType().add("value", value, true).add("reason", DataTypes.StringType, true);
    this.decode = decode;
    this.toSpark = toSpark;
  }

  @Override
  public StructType type() {
    return type;
  }

  @Override
  public Row call(String raw) {
    Decoded<?> decoded = decode.apply(raw);
    return RowFactory.create(toSpark.apply(decoded.orNull()), decoded.reasonCode());
  }

  private static Object money(Object centimes) {
    return Money.decimal((Long) centimes);
  }
}
