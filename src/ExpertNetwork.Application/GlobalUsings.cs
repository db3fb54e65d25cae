// Every use case reads the database, refuses through the domain's one refusal type and shares the application's
// abstractions; these three namespaces are imported once here rather than at the top of every handler.
global using ExpertNetwork.Application.Common;
global using ExpertNetwork.Domain.Common;
global using Microsoft.EntityFrameworkCore;
