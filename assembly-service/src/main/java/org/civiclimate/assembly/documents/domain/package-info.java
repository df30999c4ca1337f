/** Which files a session's documents may be, told by their declared type and their first bytes; free of Spring. */
@NullMarked
package org.civiclimate.assembly.documents.domain;

import org.jspecify.annotations.NullMarked;
