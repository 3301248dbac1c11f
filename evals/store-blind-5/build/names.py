"""Shared name pools for the store-blind-5 generators (no randomness here)."""
UK_FIRST = ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Freya", "Charlie", "Poppy",
            "Thomas", "Evie", "Alfie", "Ruby", "Rhys", "Siân", "Eilidh", "Callum", "Niamh", "Seán",
            "Aoife", "Fraser", "Morag", "Gethin", "Catrin", "Priya", "Arjun", "Fatima", "Imran", "Aisha",
            "Chloé", "Zoë", "José", "Renée", "Mateusz", "Zofia", "Kwame", "Adaeze", "Yusuf", "Mei",
            "Daniel", "Hannah", "Samuel", "Lucy", "James", "Emily", "William", "Grace", "Ewan", "Ffion",
            "Bethan", "Hamish", "Orla", "Declan", "Ines", "Tomás", "Hélène", "Björn", "Anna", "Marek"]
UK_LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
           "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
           "Clarke", "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King",
           "O'Neill", "McAllister", "MacLeod", "Fitzgerald", "Ní Bhriain", "Ap Rhys", "Khan", "Begum", "Ahmed", "Okafor",
           "Nowak", "Kowalczyk", "Müller", "Da Silva", "Lefèvre", "Nguyen", "Chowdhury", "Campbell", "Stewart", "Fraser",
           "Llewellyn", "Pritchard", "Baxter", "Holloway", "Ashworth", "Fairweather", "Pemberton", "Whitaker", "Sutcliffe", "Gallagher"]
AU_FIRST = ["Jack", "Charlotte", "Noah", "Olivia", "William", "Mia", "Lachlan", "Matilda", "Cooper", "Isla",
            "Harrison", "Sienna", "Riley", "Zara", "Hamish", "Ruby", "Liam", "Chloe", "Ethan", "Grace",
            "Bronwyn", "Darren", "Kylie", "Shane", "Narelle", "Craig", "Tegan", "Brodie", "Jarrah", "Kirra",
            "Minh", "Linh", "Thanh", "Wei", "Jia", "Raj", "Anjali", "Giorgos", "Eleni", "Dimitri",
            "Giuseppe", "Francesca", "Ahmad", "Leila", "Siosaia", "Mele", "Aroha", "Tane", "Zoë", "Renée",
            "Sophie", "Max", "Lily", "Oscar", "Ava", "Henry", "Evie", "Archie", "Amelia", "Lucas"]
AU_LAST = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Johnson", "Martin", "White",
           "Anderson", "Walker", "Thompson", "Thomas", "Ryan", "Kelly", "Harris", "Lee", "King", "Robinson",
           "Tran", "Le", "Pham", "Chen", "Wang", "Singh", "Kaur", "Papadopoulos", "Georgiou", "Nikolaidis",
           "Russo", "Esposito", "Bianchi", "O'Brien", "O'Connor", "McKenzie", "MacDonald", "Fitzpatrick", "Campbell", "Murray",
           "Hutchinson", "Blackwood", "Ashby", "Kowalski", "Nowicki", "Haddad", "Khoury", "Fonua", "Tupou", "Ngata",
           "Lindqvist", "Müller", "Dubois", "Gómez", "Hernández", "Da Costa", "Van Dijk", "De Luca", "Wheeler", "Pearce"]
