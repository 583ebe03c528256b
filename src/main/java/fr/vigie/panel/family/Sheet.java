package fr.vigie.panel.family;

/**
 * A balance sheet of a company as the panel uses it: the months it is usable in, [from, until]
 * (closing + 8 .. closing + 20 months by default, {@code from} not before the calendar), its closing
 * day (days since 1970-01-01), and for a Banque de France sheet its six ratios (with their Diane
 * fallback), null for a Diane sheet.
 */
public record Sheet(int from, int until, int closing, Double[] ratios) {}
