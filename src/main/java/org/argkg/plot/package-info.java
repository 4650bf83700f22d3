/** Plots of the whole corpus as SVG, written directly: a factor by document matrix and a timeline. */
package org.argkg.plot;
