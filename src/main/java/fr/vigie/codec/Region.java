package fr.vigie.codec;

/** A French region since 2016: INSEE code ({@code 11}, {@code 94}…) and name. */
public record Region(String code, String name) {}
