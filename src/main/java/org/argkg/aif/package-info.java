/**
 * The Argument Interchange Format: AIF nodesets (AIFdb and OVA JSON) read into document graphs and
 * maps, and document graphs written back as nodesets.
 */
package org.argkg.aif;
