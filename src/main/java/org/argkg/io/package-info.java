/**
 * Files: reading texts with their problems as diagnostics, atomic writes through a temporary file
 * and a rename, folder removal.
 */
package org.argkg.io;
