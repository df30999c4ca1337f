/**
 * A session's documents, {@code .../sessions/{session}/documents}: uploaded by the staff as the file's bytes with its
 * type (only the types {@code DocumentType} lists, checked against the content, within a size limit), kept once per
 * session however often uploaded, downloaded by the commune's members. Guarded by {@code DocumentsIT}.
 */
@NullMarked
package org.civiclimate.assembly.documents;

import org.jspecify.annotations.NullMarked;
