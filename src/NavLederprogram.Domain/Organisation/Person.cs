using NavLederprogram.Entities;

namespace NavLederprogram.Organisation;

/// <summary>An employee of an office, imported from HR or registered by hand.</summary>
public class Person : AuditedAggregateRoot
{
    private readonly List<PersonJobRole> _jobRoles = [];

    public string EmployeeNumber { get; private set; } = "";
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public Employer Employer { get; private set; }
    public Guid OfficeId { get; private set; }
    public Guid? UserId { get; private set; }
    public IReadOnlyCollection<PersonJobRole> JobRoles => _jobRoles;

    private Person() { }

    public Person(Guid id, string employeeNumber, string firstName, string lastName, string email, Employer employer, Guid officeId)
        : base(id)
    {
        EmployeeNumber = employeeNumber.Trim();
        Update(firstName, lastName, email, employer, officeId);
    }

    public string FullName => $"{FirstName} {LastName}";

    public void Update(string firstName, string lastName, string email, Employer employer, Guid officeId)
    {
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        Email = email.Trim();
        Employer = employer;
        if (OfficeId != officeId) AddDomainEvent(new PersonPlacementChanged(Id));
        OfficeId = officeId;
    }

    public void LinkUser(Guid? userId) => UserId = userId;

    /// <summary>
    /// Erased on request: the row stays for the records that must still point at someone (certificates kept by a retention rule),
    /// but holds no name, e-mail, employee number, user or job role any more.
    /// </summary>
    public void Anonymise()
    {
        FirstName = "";
        LastName = Privacy.ErasedPerson.Code(Id);
        Email = Privacy.ErasedPerson.Email(Id);
        EmployeeNumber = "X" + Id.ToString("N")[..(OrganisationConsts.MaxEmployeeNumberLength - 1)];
        UserId = null;
        SetJobRoles([]);
    }

    /// <summary>The person leaves the organisation; they are removed, and so is what was required of them.</summary>
    public void Leave() => AddDomainEvent(new PersonPlacementChanged(Id));

    /// <summary>Replaces the roles held; a role kept keeps its row so that its history stays.</summary>
    public void SetJobRoles(IEnumerable<(Guid JobRoleId, DateOnly StartDate)> roles)
    {
        var wanted = roles.GroupBy(r => r.JobRoleId).Select(g => g.First()).ToList();
        var unchanged = wanted.Count == _jobRoles.Count
            && wanted.All(w => _jobRoles.Any(r => r.JobRoleId == w.JobRoleId && r.StartDate == w.StartDate));
        if (!unchanged) AddDomainEvent(new PersonPlacementChanged(Id));
        _jobRoles.RemoveAll(r => wanted.All(w => w.JobRoleId != r.JobRoleId));
        foreach (var (jobRoleId, startDate) in wanted)
        {
            var existing = _jobRoles.FirstOrDefault(r => r.JobRoleId == jobRoleId);
            if (existing is null) _jobRoles.Add(new PersonJobRole(Id, jobRoleId, startDate));
            else existing.ChangeStartDate(startDate);
        }
    }
}
