/**
 * Reports as pages and PDFs, and the leadership insights. One XHTML template per report serves
 * both: Thymeleaf (XML mode, so the output is well-formed and every value escaped) writes it,
 * browsers read it as a page and Flying Saucer lays it out as a PDF with the bundled font, fetching
 * nothing.
 */
package io.reveille.web.reports;
