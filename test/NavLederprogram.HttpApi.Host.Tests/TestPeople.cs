using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>People of the tests' own, so that what one test enrols does not depend on what another did with the demo people.</summary>
internal static class TestPeople
{
    public sealed record Made(Guid PersonId, string LastName, string? UserName);

    /// <summary>
    /// <paramref name="count"/> people with the job role in the office, all with the same new last name (to find them
    /// by), and each with a user account in the Leader role when <paramref name="withUsers"/>.
    /// </summary>
    public static async Task<IReadOnlyList<Made>> CreateAsync(NavLederprogramFactory factory, string officeName, string jobRoleCode, int count = 1, bool withUsers = false,
        Employer employer = Employer.State)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<NavLederprogramDbContext>();
        var office = await db.Offices.FirstAsync(o => o.Name == officeName);
        var role = (await sp.GetRequiredService<IJobRoleRepository>().GetAllAsync()).First(r => r.Code == jobRoleCode);
        var people = sp.GetRequiredService<IPersonRepository>();
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var lastName = $"Testesen{suffix}";
        var made = new List<Made>();
        for (var i = 0; i < count; i++)
        {
            var person = new Person(Guid.CreateVersion7(), $"T{suffix}{i:D3}", $"Test{i}", lastName, $"test{i}.{suffix}@test.navlederprogram.no", employer, office.Id);
            person.SetJobRoles([(role.Id, new DateOnly(2020, 1, 1))]);
            string? userName = null;
            if (withUsers)
            {
                userName = $"t{suffix}{i}";
                var user = new AppUser(Guid.CreateVersion7(), userName, person.Email, person.FullName);
                // The demo password, as the seed sets it for demo users: past the password policy, which real passwords meet.
                user.PasswordHash = users.PasswordHasher.HashPassword(user, NavLederprogramFactory.Password);
                if (!(await users.CreateAsync(user)).Succeeded || !(await users.AddToRoleAsync(user, RoleNames.Leader)).Succeeded)
                    throw new InvalidOperationException("The test user could not be created.");
                person.LinkUser(user.Id);
            }
            await people.InsertAsync(person);
            made.Add(new Made(person.Id, lastName, userName));
        }
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return made;
    }
}
