/**
 * Errors that stop a run, thrown from any layer (a reader, the panel, the model, the report) and
 * turned into exit codes by {@code cli/ErrorHandler}: they live below every layer so that no
 * dependency runs back up to the layer that first needed them.
 */
package fr.vigie.error;
