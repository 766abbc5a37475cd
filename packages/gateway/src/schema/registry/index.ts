// 一标三实: standard addresses, housing, residents (实有人口) and organisations (实有单位), with the
// rentals of let houses. Every list is cut to the caller's region in SQL; a resident's personal
// fields live on Person, which masks them as the caller's roles allow and audits every unmasked read.
// Each part registers its type with its queries and mutations; this file only gathers them.
import './address.js';
import './housing.js';
import './resident.js';
import './movement.js';
import './pasture.js';
import './organisation.js';
import './rental.js';
import './collection.js';
import './coverage.js';
import './key-person.js';
