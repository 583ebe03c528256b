package fr.vigie.panel.family;

/** Hours of activité partielle consumed in a month under an authorisation (its 9-character id). */
public record ApConsommation(String idDemande, int month, double heures) {}
