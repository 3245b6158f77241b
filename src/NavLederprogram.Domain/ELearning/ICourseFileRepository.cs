namespace NavLederprogram.ELearning;

public interface ICourseFileRepository
{
    Task<CourseFile?> FindAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<CourseFile>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    Task InsertAsync(CourseFile file, CancellationToken ct = default);
}
