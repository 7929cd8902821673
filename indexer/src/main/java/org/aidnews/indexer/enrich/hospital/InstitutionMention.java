package org.aidnews.indexer.enrich.hospital;

import org.aidnews.indexer.enrich.place.Division;

/**
 * An institution named in the text, resolved to its canonical name.
 *
 * @param start     offset of the name as written
 * @param end       end offset (exclusive)
 * @param written   the name as written (Simplified)
 * @param canonical the canonical full Simplified name
 * @param kind      hospital, public-health agency or government body
 * @param location  the division it is in (most specific known), or null
 * @param tier      3 province-level or university hospital, 2 prefecture-level, 1 county-level,
 *                  0 township or community; used to tell the helping side from the helped
 */
public record InstitutionMention(int start, int end, String written, String canonical, InstitutionKind kind,
    Division location, int tier) {}
