using NavLederprogram.Identity;

namespace NavLederprogram.Organisation;

/// <summary>Scoped: the person is read at most once per request, whichever module asks first.</summary>
public sealed class CurrentPerson(ICurrentUser currentUser, IPersonDirectory people) : ICurrentPerson
{
    private Task<PersonCard?>? _person;

    public Task<PersonCard?> GetAsync(CancellationToken ct) =>
        _person ??= currentUser.Id is { } id ? people.FindByUserIdAsync(id, ct) : Task.FromResult<PersonCard?>(null);
}
