'use strict';
// Placeholder for the compose2helm sample: a real job would apply SQL migrations.
console.log('db-migrate: nothing to apply (sample placeholder)');
