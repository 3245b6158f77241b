namespace NavLederprogram.Organisation;

/// <summary>An HR file was checked and accepted; its rows wait in the database for the import job.</summary>
public sealed record HrImportQueued(Guid ImportId) : Events.IDomainEvent;
