package fr.vigie.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Parses --period and --start values (yyyy-MM). */
public final class YearMonthConverter implements CommandLine.ITypeConverter<YearMonth> {
  @Override
  public YearMonth convert(String value) {
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("expected a month yyyy-MM, got '" + value + "'");
    }
  }
}
