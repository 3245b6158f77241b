namespace NavLederprogram.ELearning;

public interface IScormPackageRepository
{
    Task<ScormPackage?> FindAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<ScormPackage>> GetForCourseAsync(Guid courseId, CancellationToken ct = default);
    Task InsertAsync(ScormPackage package, CancellationToken ct = default);
}
