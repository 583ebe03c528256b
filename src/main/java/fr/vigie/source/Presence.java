package fr.vigie.source;

/** Whether a cell must be filled: an empty {@link #REQUIRED} cell quarantines its line ({@code empty:<field>}). */
public enum Presence {
  REQUIRED,
  OPTIONAL
}
