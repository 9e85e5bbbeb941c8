package org.framelens.report.pdf;

/** Which version of the PDF to write: the full report, or the short handout a class works from. */
public enum ReportEdition {

    /** Every page: the figures, the charts, each outlet's passages, how to read the report, the questions. */
    FULL,

    /** Two to four pages to print for a class: the findings, the table at a glance, prospects and questions. */
    HANDOUT
}
