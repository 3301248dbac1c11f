"""Name pools for the store-blind-20 generators (plain lists, no randomness here)."""
# Aotearoa New Zealand pool (Tussock & Tarn customers and staff).  Te reo Maori names keep their macrons.
NZ_FIRST = ["Aroha", "Mere", "Ngaio", "Hēmi", "Wiremu", "Tāne", "Ataahua", "Kiri", "Rāwiri", "Mīria",
            "Nikau", "Tama", "Anahera", "Hōhepa", "Pania", "Manaia", "Te Ao", "Whetū", "Kahu", "Rēwi",
            "Olivia", "Charlotte", "Isla", "Amelia", "Harper", "Sophie", "Emma", "Lucy", "Grace", "Ruby",
            "Jack", "Oliver", "Noah", "Leo", "George", "Hunter", "Lachlan", "Mason", "Finn", "Hamish",
            "Sione", "Losa", "Mele", "Tevita", "Sefo", "Malia", "Ioane", "Lupe", "Vailea", "Siaosi",
            "Priya", "Arjun", "Anjali", "Rohan", "Wei", "Xin", "Jun", "Mei", "Hyun-woo", "Ji-yeon",
            "Zoë", "Renée", "Chloé", "André", "José", "Søren", "Björn", "Maja", "Ingrid", "Lukas"]
NZ_LAST = ["Smith", "Wilson", "Williams", "Brown", "Taylor", "Jones", "Thompson", "Walker", "Anderson", "Campbell",
           "Stewart", "Robertson", "Scott", "Mackenzie", "McDonald", "Fraser", "Murray", "Reid", "Hamilton", "Kerr",
           "Ngata", "Tūhoe", "Pōtae", "Te Whata", "Parata", "Kereama", "Tūhiwai", "Rāwiri", "Hōri", "Tāwhai",
           "Taufa", "Fifita", "Tuilagi", "Faleolo", "Leota", "Vaifale", "Sopoaga", "Tonga", "Latu", "Manu",
           "Patel", "Singh", "Sharma", "Chen", "Wang", "Li", "Zhang", "Kim", "Park", "Nguyen",
           "de Vries", "van der Merwe", "O'Connor", "O'Brien", "Müller", "Sørensen", "Ødegaard", "Björk", "Dvořák", "Lefèvre"]

# Netherlands pool (Het Gulden Wiel customers and staff).  Includes Frisian, Turkish-, Moroccan- and Surinamese-Dutch names.
NL_FIRST = ["Sanne", "Anouk", "Lotte", "Femke", "Sjoukje", "Tjitske", "Daniëlle", "Noëlle", "Inge", "Marieke",
            "Eva", "Julia", "Fleur", "Iris", "Lieke", "Mirjam", "Wietske", "Geertje", "Hanneke", "Esmée",
            "Jeroen", "Bram", "Sjoerd", "Fokke", "Gerrit", "Joost", "Ruud", "Pieter", "Wouter", "Daan",
            "Thijs", "Maarten", "Hendrik", "Klaas", "Jelle", "Bart", "Niels", "Rutger", "Tjeerd", "Douwe",
            "Özlem", "Gülşen", "Emre", "Çağla", "Mehmet", "Fatima", "Youssef", "Khadija", "Mohamed", "Naima",
            "Shanti", "Ravi", "Dewi", "Quincy", "Rodney", "Chantal", "Noël", "Zoë", "René", "Hélène"]
NL_LAST = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
           "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
           "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
           "Hoekstra", "Wiersma", "Postma", "Kuipers", "Bosma", "Hiemstra", "Zijlstra", "Terpstra", "Sikkema", "Feenstra",
           "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "El Amrani", "Bouzid", "Benali", "Ouali", "Chaara",
           "Ramdin", "Sewdien", "Kromodikoro", "Pinas", "Brunings", "Müller", "Lefèvre", "Oosterhuis", "Van 't Hof", "d'Hooghe"]
