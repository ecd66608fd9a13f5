module github.com/acme/payments-api

go 1.22
