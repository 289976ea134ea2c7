package io.gigafab.mes.audit;

/**
 * The result of walking the audit chain.
 *
 * @param valid true when every sealed record re-computes to its hash and links to its predecessor
 * @param sealedRecords records in the chain
 * @param unsealedRecords committed records the sealer has not yet appended
 * @param headPosition the last chain position (0 for an empty chain)
 * @param headHash the hash at the head (null for an empty chain); keep it outside the database to
 *     detect a truncated head later
 * @param firstBrokenPosition the first chain position that does not verify, or null
 * @param detail what is wrong at {@code firstBrokenPosition}, or null
 */
public record ChainVerification(
        boolean valid,
        long sealedRecords,
        long unsealedRecords,
        long headPosition,
        String headHash,
        Long firstBrokenPosition,
        String detail) {}
