/**
 * The actor registry ({@code seeds/actors.yaml}): countries, organisations, companies, people and
 * groups, with their Wikidata ids, read and checked.
 */
package org.argkg.actors;
