using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public interface IPersonRepository
{
    Task<Person?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>Read only: the person linked to a user, for showing who the caller is.</summary>
    Task<Person?> FindByUserIdAsync(Guid userId, CancellationToken ct = default);
    Task<IReadOnlyList<Person>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    /// <summary>People in the scope, optionally of one office and only those holding one of <paramref name="jobRoleIds"/>.</summary>
    Task<Page<Person>> GetPageAsync(PageRequest request, Guid? officeId, AccessScope scope, CancellationToken ct = default, IReadOnlyCollection<Guid>? jobRoleIds = null);
    Task<bool> EmployeeNumberExistsAsync(string employeeNumber, Guid? exceptId, CancellationToken ct = default);
    Task<IReadOnlyList<Person>> GetByEmployeeNumbersAsync(IReadOnlyCollection<string> employeeNumbers, CancellationToken ct = default);
    /// <summary>The people as they are, not tracked: for comparing a large file with the register without paying for tracking.</summary>
    Task<IReadOnlyList<Person>> ReadByEmployeeNumbersAsync(IReadOnlyCollection<string> employeeNumbers, CancellationToken ct = default);
    Task<int> CountAsync(CancellationToken ct = default);
    Task InsertAsync(Person person, CancellationToken ct = default);
    void Delete(Person person);
}
