package org.framelens.compare.findings;

/**
 * One outlet's value on one measure.
 *
 * @param outlet the outlet's name as printed
 * @param value its figure
 */
record OutletValue(String outlet, double value) {
}
