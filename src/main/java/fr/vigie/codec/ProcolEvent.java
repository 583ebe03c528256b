package fr.vigie.codec;

/**
 * One procédure collective event: its nature (liquidation, redressement, sauvegarde; null when the label
 * names none) and its stage (ouverture, plan_continuation, solde_procedure…; null when the label is only
 * a nature).
 */
public record ProcolEvent(String nature, String stage) {}
