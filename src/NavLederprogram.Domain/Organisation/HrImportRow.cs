namespace NavLederprogram.Organisation;

/// <summary>One checked row of an HR file: the person it describes, with the office and job role already looked up.</summary>
public sealed record HrImportRow(string EmployeeNumber, string FirstName, string LastName, string Email, Employer Employer, Guid OfficeId,
    Guid JobRoleId, DateOnly StartDate)
{
    /// <summary>True when writing the row would change nothing about the person.</summary>
    public bool Matches(Person p) =>
        p.FirstName == FirstName.Trim() && p.LastName == LastName.Trim() && p.Email == Email.Trim() && p.Employer == Employer
        && p.OfficeId == OfficeId && p.JobRoles.Count == 1 && p.JobRoles.First().JobRoleId == JobRoleId && p.JobRoles.First().StartDate == StartDate;

    /// <summary>The row describes the one job role the person holds, as HR knows it.</summary>
    public void ApplyTo(Person person)
    {
        person.Update(FirstName, LastName, Email, Employer, OfficeId);
        person.SetJobRoles([(JobRoleId, StartDate)]);
    }

    public Person NewPerson()
    {
        var person = new Person(Guid.CreateVersion7(), EmployeeNumber, FirstName, LastName, Email, Employer, OfficeId);
        person.SetJobRoles([(JobRoleId, StartDate)]);
        return person;
    }
}
